# CS231n RNN captioning: temporal softmax loss with a mask over padded timesteps, vs autograd
import torch
import torch.nn.functional as F

def temporal_softmax_loss(x, y, mask):
    N, T, V = x.shape
    x_flat, y_flat, mask_flat = x.reshape(N * T, V), y.reshape(N * T), mask.reshape(N * T)
    probs = torch.exp(x_flat - x_flat.max(dim=1, keepdim=True).values)
    probs /= probs.sum(dim=1, keepdim=True)
    loss = -(mask_flat * torch.log(probs[torch.arange(N * T), y_flat])).sum() / N
    dx_flat = probs.clone()
    dx_flat[torch.arange(N * T), y_flat] -= 1
    dx_flat /= N
    dx_flat *= mask_flat[:, None]
    return loss, dx_flat.reshape(N, T, V)

torch.manual_seed(231)
N, T, V = 3, 4, 5
x = (0.01 * torch.randn(N, T, V, dtype=torch.float64)).requires_grad_()
y = torch.randint(V, size=(N, T))
mask = torch.rand(N, T) > 0.3
loss, dx = temporal_softmax_loss(x.detach(), y, mask)
print(loss.item(), mask.sum().item())
ref = (F.cross_entropy(x.view(-1, V), y.view(-1), reduction="none") * mask.view(-1)).sum() / N
ref.backward()
print(ref.item(), (dx - x.grad).abs().max().item())
