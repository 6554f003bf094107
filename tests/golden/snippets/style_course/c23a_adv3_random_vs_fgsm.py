# A random sign perturbation barely changes the loss; the gradient sign of the same size does
import torch
import torch.nn.functional as F

torch.manual_seed(47)
W = torch.randn(3, 6)
x = torch.rand(1, 6, requires_grad=True)
y = torch.tensor([2])
loss = F.cross_entropy(x @ W.T, y)
loss.backward()
eps = 0.1
rand_dir = torch.randn(1, 6).sign()
l_rand = F.cross_entropy((x.detach() + eps * rand_dir) @ W.T, y)
l_fgsm = F.cross_entropy((x.detach() + eps * x.grad.sign()) @ W.T, y)
print(bool(l_fgsm > loss), bool(l_fgsm >= l_rand))
print(rand_dir, x.grad.sign())
