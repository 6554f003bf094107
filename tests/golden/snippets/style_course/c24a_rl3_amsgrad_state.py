# Adam with amsgrad keeps max_exp_avg_sq in its state
import torch

w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
opt = torch.optim.Adam([w], lr=0.1, amsgrad=True)
for g in ([1.0, 0.5], [0.1, 2.0]):
    w.grad = torch.tensor(g)
    opt.step()
st = opt.state[w]
print(sorted(st.keys()))
print(st['exp_avg'], st['exp_avg_sq'], st['max_exp_avg_sq'])
print(w)
print(opt.param_groups[0]['amsgrad'])
