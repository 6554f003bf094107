# How temperature changes a softmax's entropy and its top probability
import torch

logits = torch.tensor([3.0, 1.0, 0.2, -1.0])
for T in [0.25, 0.5, 1.0, 2.0, 10.0]:
    p = torch.softmax(logits / T, dim=-1)
    entropy = -(p * torch.log(p)).sum()
    print(f"T={T:<5} max p={p.max().item():.4f} entropy={entropy.item():.4f}")
print(torch.log(torch.tensor(4.0)))
dist = torch.distributions.Categorical(logits=logits / 2.0)
print(dist.entropy(), dist.probs.argmax())
