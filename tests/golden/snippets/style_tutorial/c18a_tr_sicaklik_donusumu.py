# Santigrat-Fahrenhayt dönüşümünü öğrenmek: tek parametreli doğrusal model
import torch

santigrat = torch.tensor([-40.0, -10.0, 0.0, 8.0, 15.0, 22.0, 38.0])
fahrenhayt = santigrat * 1.8 + 32
ölçekli = santigrat / 40
katman = torch.nn.Linear(1, 1)
torch.nn.init.zeros_(katman.weight); torch.nn.init.zeros_(katman.bias)
optimizör = torch.optim.Adam(katman.parameters(), lr=0.5)
for epok in range(500):
    optimizör.zero_grad()
    kayıp = torch.nn.functional.mse_loss(katman(ölçekli.unsqueeze(1)).squeeze(1), fahrenhayt)
    kayıp.backward()
    optimizör.step()
    if epok % 125 == 0:
        print(f"Epok {epok:3d}: Kayıp: {kayıp.item():.4f}")
print(f"Eğim: {katman.weight.item() / 40:.4f}, kesişim: {katman.bias.item():.4f}")
print(f"100°C = {katman(torch.tensor([[100 / 40]])).item():.2f}°F")
