import torch

torch.manual_seed(1)
w = torch.randn(3, requires_grad=True)
opt = torch.optim.RMSprop([w], lr=0.05, alpha=0.9, momentum=0.8, centered=True, weight_decay=0.01)
for _ in range(4):
    opt.zero_grad()
    loss = (w ** 2).sum() + w[0]
    loss.backward()
    opt.step()
    print(w.detach().round(decimals=4))
st = opt.state[w]
print(sorted(st.keys()))
print(st["grad_avg"].round(decimals=4), st["momentum_buffer"].round(decimals=4))
for bad in [dict(lr=-1), dict(alpha=-0.5), dict(momentum=-0.1), dict(eps=-1e-3)]:
    try:
        torch.optim.RMSprop([w], **bad)
    except ValueError as e:
        print(type(e).__name__, e)
