import torch

# Penalise the gradient w.r.t. two inputs at once (e.g. image and condition)
torch.manual_seed(90)
w = torch.tensor([0.5, -0.25], requires_grad=True)
img = torch.randn(4, 2, requires_grad=True)
cond = torch.randn(4, 1, requires_grad=True)
score = (img * w).sum(1) * cond.squeeze(1).tanh()
g_img, g_cond = torch.autograd.grad(score.sum(), [img, cond], create_graph=True)
penalty = g_img.pow(2).sum(1).mean() + g_cond.pow(2).mean()
penalty.backward()
print(g_img.shape, g_cond.shape, penalty.grad_fn.name())
print(w.grad.shape, img.grad.shape, cond.grad.shape)
