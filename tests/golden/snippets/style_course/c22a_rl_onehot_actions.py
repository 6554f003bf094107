import torch
import torch.nn.functional as F

actions = torch.tensor([2, 0, 1, 2])
oh = F.one_hot(actions, num_classes=3)
print(oh)
print(oh.dtype)
q = torch.tensor([[0.1, 0.2, 0.3], [1.0, 0.0, 0.0], [0.5, 0.6, 0.7], [2.0, 2.0, 2.5]])
print((q * oh).sum(dim=1))
print(q.gather(1, actions[:, None]).squeeze())
try:
    F.one_hot(torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
