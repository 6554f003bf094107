# Yaprak olmayan tensörlerin gradyanı: retain_grad()
import torch

girdi = torch.tensor([0.5, 1.5], requires_grad=True)
gizli = girdi.exp()
gizli.retain_grad()
çıktı = (gizli * torch.tensor([2.0, -1.0])).sum()
çıktı.backward()
print(f"gizli.grad = {gizli.grad}")
print(f"girdi.grad = {girdi.grad}")
print("gizli yaprak mı?", gizli.is_leaf, "| retains_grad:", gizli.retains_grad)
print("çıktı.grad:", çıktı.grad)
