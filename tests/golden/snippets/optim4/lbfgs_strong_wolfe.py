import torch

torch.manual_seed(1)
x = torch.randn(32, 3)
y = torch.sin(x.sum(1, keepdim=True))
net = torch.nn.Sequential(torch.nn.Linear(3, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
opt = torch.optim.LBFGS(net.parameters(), lr=1, max_iter=10, history_size=5, line_search_fn="strong_wolfe")
calls = 0


def closure():
    global calls
    calls += 1
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(net(x), y)
    loss.backward()
    return loss


for i in range(3):
    loss = opt.step(closure)
    print(i, f"{loss.item():.5f}", calls)
print(net(x[:3]).detach().numpy().round(3))
st = opt.state[next(net.parameters())]
print(st["func_evals"], st["n_iter"], len(st["old_dirs"]), sorted(st))
print(net[0].bias.detach().numpy().round(3))
