# The two-layer net's loss and gradients: manual backward pass vs autograd, with L2 regularization.
import torch

torch.manual_seed(0)
N, D, H, C = 5, 4, 10, 3
X = torch.randn(N, D, dtype=torch.float64)
y = torch.tensor([0, 1, 2, 2, 1])
params = {
    'W1': 1e-1 * torch.randn(D, H, dtype=torch.float64),
    'b1': torch.zeros(H, dtype=torch.float64),
    'W2': 1e-1 * torch.randn(H, C, dtype=torch.float64),
    'b2': torch.zeros(C, dtype=torch.float64),
}
reg = 0.05
for v in params.values():
    v.requires_grad_()

h = torch.relu(X @ params['W1'] + params['b1'])
scores = h @ params['W2'] + params['b2']
shifted = scores - scores.max(dim=1, keepdim=True).values
probs = shifted.exp() / shifted.exp().sum(dim=1, keepdim=True)
loss = -probs[torch.arange(N), y].log().mean() + reg * ((params['W1']**2).sum() + (params['W2']**2).sum())
loss.backward()
print('loss', loss.item())

with torch.no_grad():
    dscores = probs.clone()
    dscores[torch.arange(N), y] -= 1
    dscores /= N
    grads = {'W2': h.t() @ dscores + 2 * reg * params['W2'], 'b2': dscores.sum(0)}
    dh = dscores @ params['W2'].t()
    dh[h <= 0] = 0
    grads['W1'] = X.t() @ dh + 2 * reg * params['W1']
    grads['b1'] = dh.sum(0)
for name in sorted(grads):
    err = (grads[name] - params[name].grad).abs().max().item()
    print(f'{name} max difference: {err:.2e}', grads[name].shape)
print(scores.argmax(1), (scores.argmax(1) == y).double().mean())
