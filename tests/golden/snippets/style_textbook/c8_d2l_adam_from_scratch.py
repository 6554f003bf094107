# Adam from scratch (init_adam_states, bias correction) compared with torch.optim.Adam on the same problem.
import torch

def init_adam_states(params):
    return [(torch.zeros_like(p), torch.zeros_like(p)) for p in params]

def adam(params, states, hyperparams):
    beta1, beta2, eps = 0.9, 0.999, 1e-6
    for p, (v, s) in zip(params, states):
        with torch.no_grad():
            v[:] = beta1 * v + (1 - beta1) * p.grad
            s[:] = beta2 * s + (1 - beta2) * torch.square(p.grad)
            v_bias_corr = v / (1 - beta1 ** hyperparams['t'])
            s_bias_corr = s / (1 - beta2 ** hyperparams['t'])
            p[:] -= hyperparams['lr'] * v_bias_corr / (torch.sqrt(s_bias_corr) + eps)
        p.grad.data.zero_()
    hyperparams['t'] += 1

torch.manual_seed(0)
X = torch.randn(32, 3)
y = X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3
w = torch.zeros(3, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
states = init_adam_states([w, b])
hyper = {'lr': 0.1, 't': 1}
for epoch in range(5):
    loss = ((X @ w + b - y) ** 2).mean()
    loss.backward()
    adam([w, b], states, hyper)
    print(f'epoch {epoch + 1}, loss {loss.item():.6f}')
print(w.detach().squeeze(), b.item(), hyper)
w2 = torch.zeros(3, 1, requires_grad=True)
b2 = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([w2, b2], lr=0.1, eps=1e-6)
for epoch in range(5):
    opt.zero_grad()
    loss = ((X @ w2 + b2 - y) ** 2).mean()
    loss.backward()
    opt.step()
print(torch.allclose(w, w2, atol=1e-5), (w - w2).abs().max() < 1e-4)
