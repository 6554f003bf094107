import torch

torch.manual_seed(2)
p = torch.randn(2, 2, requires_grad=True)
opt = torch.optim.Adam([p], lr=0.01, amsgrad=True)
for _ in range(2):
    opt.zero_grad()
    p.pow(3).sum().backward()
    opt.step()
st = opt.state[p]
print(sorted(st.keys()))
print(st["step"], st["step"].dtype)
print(st["exp_avg"])
print(st["max_exp_avg_sq"].shape)
print(opt.state_dict()["param_groups"][0]["amsgrad"], opt.state_dict()["param_groups"][0]["params"])
