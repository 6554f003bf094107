import torch

coef = torch.tensor([[0.5, -0.5], [2.0, 1.0]], requires_grad=True)
sgd = torch.optim.SGD([coef], lr=0.05, momentum=0.8, dampening=0.1, weight_decay=0.02)
for k in range(4):
    sgd.zero_grad()
    (coef.sum(0) ** 2).sum().backward()
    sgd.step()
    buf = sgd.state[coef]["momentum_buffer"]
    print(k, buf.flatten().numpy().round(5))
print(coef.detach())
print({k: v for k, v in sgd.param_groups[0].items() if k in ("dampening", "nesterov", "foreach")})
