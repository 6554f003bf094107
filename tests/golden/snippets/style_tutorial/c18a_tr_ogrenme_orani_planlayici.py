# Öğrenme oranı planlayıcı: StepLR
import torch

parametre = torch.nn.Parameter(torch.tensor([1.0]))
optimizör = torch.optim.SGD([parametre], lr=0.1)
planlayıcı = torch.optim.lr_scheduler.StepLR(optimizör, step_size=2, gamma=0.5)
for epok in range(6):
    optimizör.zero_grad()
    (parametre ** 2).sum().backward()
    optimizör.step()
    planlayıcı.step()
    print(f"Epok {epok}: öğrenme oranı = {planlayıcı.get_last_lr()[0]:.4f}, parametre = {parametre.item():.5f}")
