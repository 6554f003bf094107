# Q: collecting scalar losses in a list and concatenating them fails.
import torch

losses = [torch.tensor(0.5), torch.tensor(0.25), torch.tensor(0.125)]
try:
    torch.cat(losses)
except RuntimeError as e:
    print(e)
print(torch.stack(losses))
print(torch.stack(losses).mean())
print(torch.tensor([l.item() for l in losses]))
print(sum(losses) / len(losses))
