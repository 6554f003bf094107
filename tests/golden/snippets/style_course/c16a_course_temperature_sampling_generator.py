# Temperature scaling before softmax, then sampling with a seeded generator
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.5, -1.0])
for temperature in (0.5, 1.0, 2.0):
    probs = F.softmax(logits / temperature, dim=-1)
    g = torch.Generator().manual_seed(42)
    draws = torch.multinomial(probs, 12, replacement=True, generator=g)
    print(temperature, probs, draws.tolist())
    entropy = -(probs * probs.log()).sum()
    print("entropy", entropy.item())
