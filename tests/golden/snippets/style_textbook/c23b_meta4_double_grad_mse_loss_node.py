import torch
import torch.nn.functional as F

# Which node a loss's gradient gets under create_graph, and its curvature
guess = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
truth = torch.tensor([1.5, 2.0, 3.0])
dmse, = torch.autograd.grad(F.mse_loss(guess, truth, reduction="sum"), guess, create_graph=True)
print(dmse, dmse.grad_fn.name())
curv, = torch.autograd.grad(dmse.sum(), guess)
print(curv)
dl1, = torch.autograd.grad(F.l1_loss(guess, truth), guess, create_graph=True)
print(dl1, dl1.requires_grad, dl1.grad_fn.name())
