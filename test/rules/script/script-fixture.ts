/** A minimal script that every script rule accepts. */
export const goodScript = `using System.Net.Http;
using Newtonsoft.Json.Linq;

public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        // new HttpClient() would be blocked in the future; using System.Text.Json; is not supported.
        var note = "using Foo.Bar; new HttpClient()";
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);
    }
}
`;

/** A patch adding a script. */
export function script(text: string, name = 'script.csx') {
  return { files: { [name]: text } };
}
