import torch

torch.manual_seed(1)
w = torch.randn(2, 5, dtype=torch.float64, requires_grad=True)
opt = torch.optim.Adadelta([w], lr=1.0, rho=0.8)
for step in range(10):
    w.grad = torch.randn(2, 5, dtype=torch.float64) * (step + 1)
    opt.step()
state = opt.state[w]
print(sorted(state), state["square_avg"].dtype, state["acc_delta"].dtype)
print([f"{v:.17g}" for v in state["square_avg"].flatten().tolist()])
print(state["acc_delta"])
print(w)
