# Temporal softmax loss with a mask over padded timesteps, as in the captioning assignment.
import torch
import torch.nn.functional as F

def temporal_softmax_loss(x, y, mask):
    N, T, V = x.shape
    x_flat = x.reshape(N * T, V)
    y_flat = y.reshape(N * T)
    mask_flat = mask.reshape(N * T)
    logp = F.log_softmax(x_flat, dim=1)
    loss = -(logp[torch.arange(N * T), y_flat] * mask_flat).sum() / N
    return loss

torch.manual_seed(231)
N, T, V = 100, 1, 10
x = 0.001 * torch.randn(N, T, V, dtype=torch.float64)
y = torch.randint(0, V, (N, T))
mask = torch.rand(N, T) <= 1.0
print(temporal_softmax_loss(x, y, mask).item())
N, T = 100, 10
x = 0.001 * torch.randn(N, T, V, dtype=torch.float64)
y = torch.randint(0, V, (N, T))
mask = torch.rand(N, T) <= 0.5
print(mask.sum().item(), mask.dtype)
print(round(temporal_softmax_loss(x, y, mask).item(), 6))
x.requires_grad_()
loss = temporal_softmax_loss(x, y, mask)
loss.backward()
print(x.grad.shape, (x.grad[~mask] == 0).all().item())
print(x.grad[0, 0])
print(F.cross_entropy(x.reshape(-1, V), y.reshape(-1), reduction='none').view(N, T)[0, :3])
