import torch
from torch import nn

x = torch.tensor([[0.2, 0.5, 0.3], [0.9, 0.05, 0.05]], requires_grad=True)
logp = torch.log(x)
loss = nn.NLLLoss()(logp, torch.tensor([1, 0]))
print(loss, loss.grad_fn)
loss.backward()
print(x.grad)
print(nn.NLLLoss(weight=torch.tensor([2.0, 1.0, 1.0]))(logp, torch.tensor([1, 0])))
try:
    nn.NLLLoss()(logp, torch.tensor([1, 3]))
except IndexError as e:
    print("IndexError", e)
nn.NLLLoss()(logp, torch.tensor([1, 0, 2]))
