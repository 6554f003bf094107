import torch

w = torch.nn.Parameter(torch.tensor([1.0, -2.0, 0.5]))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.0, nesterov=True)
for step in range(4):
    opt.zero_grad()
    loss = (w ** 2).sum() + w.prod()
    loss.backward()
    opt.step()
    buf = opt.state[w]["momentum_buffer"]
    print(f"step {step}: loss={loss.item():.6f}")
    print("  w   =", w.data)
    print("  buf =", buf)
sd = opt.state_dict()
print(sd["param_groups"])
print(list(sd["state"].keys()), list(sd["state"][0].keys()))
