# torch.autograd.grad with grad_outputs: the gradient of one chosen logit per example in a batch
import torch
import torch.nn.functional as F

W = torch.tensor([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0]])
x = torch.tensor([[1.0, 2.0], [-1.0, 0.5], [0.0, 1.0]], requires_grad=True)
logits = x @ W
targets = torch.tensor([2, 0, 1])
onehot = F.one_hot(targets, 3).to(logits.dtype)
g, = torch.autograd.grad(logits, x, grad_outputs=onehot)
print(onehot)
print(g)
print(W.T[targets])
try:
    torch.autograd.grad(logits, x)
except RuntimeError as e:
    print(e)
