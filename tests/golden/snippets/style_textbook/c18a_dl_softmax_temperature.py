# Softmax temperature: sharper and flatter distributions, and their entropy
import torch

logits = torch.tensor([2.0, 1.0, 0.5, -1.0])
for tau in (0.1, 0.5, 1.0, 5.0, 100.0):
    p = torch.softmax(logits / tau, dim=0)
    entropy = -(p * p.log()).sum()
    print(f"tau={tau:<5} p={p.numpy().round(4)} H={entropy.item():.4f}")
print(f"max entropy {torch.log(torch.tensor(4.0)).item():.4f}")
