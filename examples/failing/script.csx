using System.Net.Http;
using System.Data.SqlClient;

public class Helper
{
    public async Task<HttpResponseMessage> Run()
    {
        var client = new HttpClient();
        return await client.GetAsync("https://contoso.example.com");
    }
}
