# reconstruction losses: MSE sum vs mean vs BCE on the same batch
import torch
import torch.nn.functional as F

x = torch.tensor([[0.0, 0.5, 1.0], [1.0, 0.25, 0.0]])
recon = torch.tensor([[0.1, 0.4, 0.8], [0.9, 0.3, 0.2]])
print(F.mse_loss(recon, x, reduction="sum"))
print(F.mse_loss(recon, x))
print(F.binary_cross_entropy(recon, x, reduction="sum"))
print(F.l1_loss(recon, x, reduction="none"))
try:
    F.binary_cross_entropy(recon + 0.5, x)
except RuntimeError as e:
    print("RuntimeError:", e)
