# first-order MAML: detach the inner gradient, compare meta-gradients
import torch
import torch.nn.functional as F
torch.manual_seed(3)
def meta_grad(first_order):
    w = torch.tensor([[0.5]], requires_grad=True)
    x = torch.randn(6, 1); y = torch.sin(x)
    g, = torch.autograd.grad(F.mse_loss(x @ w, y), w, create_graph=not first_order)
    w2 = w - 0.5 * g
    F.mse_loss(x @ w2, y).backward()
    return w.grad.item()
print(meta_grad(False))
torch.manual_seed(3)
print(meta_grad(True))
