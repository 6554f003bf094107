import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.1], [0.3, 0.3, 3.0]], requires_grad=True)
actions = torch.tensor([0, 2])
lp = F.log_softmax(logits, dim=1).gather(1, actions.unsqueeze(-1)).squeeze(-1)
print(lp)
nll = F.cross_entropy(logits, actions, reduction='none')
print(nll)
print(torch.allclose(-lp, nll))
lp.sum().backward()
print(logits.grad)
