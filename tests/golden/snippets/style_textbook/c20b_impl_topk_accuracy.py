# top-k accuracy by hand
import torch

torch.manual_seed(86)
logits = torch.randn(5, 6)
y = torch.tensor([0, 3, 5, 1, 2])
top3 = logits.topk(3, dim=1).indices
hit = (top3 == y[:, None]).any(dim=1)
print(top3)
print(hit, hit.float().mean())
print((logits.argmax(1) == y).float().mean())
vals, idx = torch.sort(logits, dim=1, descending=True)
print(torch.equal(idx[:, :3], top3))
