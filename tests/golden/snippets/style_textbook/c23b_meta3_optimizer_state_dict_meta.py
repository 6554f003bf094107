import torch

# What a meta-learner's inner optimizer carries between episodes
theta = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
inner_opt = torch.optim.RMSprop([theta], lr=0.05, momentum=0.5)
for _ in range(2):
    inner_opt.zero_grad()
    (theta ** 2).sum().backward()
    inner_opt.step()
snapshot = inner_opt.state_dict()
print(sorted(snapshot["state"][0]), snapshot["state"][0]["step"])
print(snapshot["state"][0]["square_avg"], snapshot["state"][0]["momentum_buffer"])
print({k: v for k, v in snapshot["param_groups"][0].items() if k in ("lr", "alpha", "momentum", "params")})
