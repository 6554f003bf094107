import torch
from torch import nn

# Five differentiable inner steps on a linear model, then meta-gradient shapes
torch.manual_seed(8)
W = torch.randn(2, 3, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
x = torch.randn(10, 3)
y = torch.randint(0, 2, (10,))
fw, fb = W, b
for k in range(5):
    logits = x @ fw.t() + fb
    loss = nn.functional.cross_entropy(logits, y)
    gw, gb = torch.autograd.grad(loss, (fw, fb), create_graph=True)
    fw, fb = fw - 0.5 * gw, fb - 0.5 * gb
    print(k, f"{loss.item():.4f}", fw.grad_fn.name())
meta = nn.functional.cross_entropy(x @ fw.t() + fb, y)
meta.backward()
print(W.grad.shape, b.grad.shape, b.grad.abs().sum() > 0)
