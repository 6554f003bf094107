import torch

torch.manual_seed(2)
for amsgrad in (False, True):
    w = torch.zeros(6, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.Adam([w], lr=0.1, betas=(0.8, 0.95), amsgrad=amsgrad)
    for _ in range(10):
        w.grad = torch.randn(6, dtype=torch.float64)
        opt.step()
    state = opt.state[w]
    print("amsgrad", amsgrad, state["step"], state["exp_avg"].dtype)
    print(state["exp_avg"].tolist())
    print(state["exp_avg_sq"].tolist())
    print(w)
