# Adadelta from scratch next to torch.optim.Adadelta on the same quadratic, as an optimization chapter does.
import torch

def init_adadelta_states(feature_dim):
    s_w, s_b = torch.zeros((feature_dim, 1)), torch.zeros(1)
    delta_w, delta_b = torch.zeros((feature_dim, 1)), torch.zeros(1)
    return ((s_w, delta_w), (s_b, delta_b))

def adadelta(params, states, hyperparams):
    rho, eps = hyperparams['rho'], 1e-5
    for p, (s, delta) in zip(params, states):
        with torch.no_grad():
            s[:] = rho * s + (1 - rho) * torch.square(p.grad)
            g = (torch.sqrt(delta + eps) / torch.sqrt(s + eps)) * p.grad
            p[:] -= g
            delta[:] = rho * delta + (1 - rho) * g * g
        p.grad.data.zero_()

torch.manual_seed(0)
X = torch.randn(50, 2)
y = X @ torch.tensor([[2.0], [-3.4]]) + 4.2
w = torch.zeros((2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
states = init_adadelta_states(2)
for epoch in range(3):
    l = ((X @ w + b - y) ** 2 / 2).mean()
    l.backward()
    adadelta([w, b], states, {'rho': 0.9})
    print(f'scratch epoch {epoch}: loss {l.item():.3f}')
net = torch.nn.Linear(2, 1)
torch.nn.init.zeros_(net.weight)
torch.nn.init.zeros_(net.bias)
trainer = torch.optim.Adadelta(net.parameters(), rho=0.9, eps=1e-5)
print(trainer)
for epoch in range(3):
    trainer.zero_grad()
    l = ((net(X) - y) ** 2 / 2).mean()
    l.backward()
    trainer.step()
    print(f'concise epoch {epoch}: loss {l.item():.3f}')
print(trainer.state[net.bias]['acc_delta'].shape, trainer.state[net.bias]['step'])
