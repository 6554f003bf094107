import torch

torch.manual_seed(7)
A = torch.randn(6, 3)
b = torch.randn(6)
w = torch.zeros(3, requires_grad=True)
opt = torch.optim.LBFGS([w], lr=1.0, max_iter=20, history_size=5, line_search_fn="strong_wolfe")
calls = []


def closure():
    opt.zero_grad()
    loss = ((A @ w - b) ** 2).sum()
    loss.backward()
    calls.append(loss.item())
    return loss


opt.step(closure)
print(len(calls) > 1, f"{calls[-1]:.6f}")
ref = torch.linalg.lstsq(A, b.unsqueeze(1)).solution.squeeze()
print(torch.allclose(w.detach(), ref, atol=1e-4))
print(sorted(opt.state[w].keys())[:4], opt.state[w]["n_iter"])
