# Planlayıcıyı optimizörden önce çağırmak uyarı verir
import torch

parametreler = [torch.nn.Parameter(torch.ones(2))]
optimizör = torch.optim.SGD(parametreler, lr=1.0)
planlayıcı = torch.optim.lr_scheduler.ExponentialLR(optimizör, gamma=0.9)
for epok in range(3):
    planlayıcı.step()
    optimizör.zero_grad()
    parametreler[0].sum().backward()
    optimizör.step()
    print(f"Epok {epok}: lr = {optimizör.param_groups[0]['lr']:.4f}")
print("Parametre:", parametreler[0].data)
