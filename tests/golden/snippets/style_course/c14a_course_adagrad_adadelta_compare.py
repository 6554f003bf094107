# Optimizers lecture: the same quadratic bowl under SGD, momentum, Adagrad, Adadelta and Adam for a few steps.
import torch

target = torch.tensor([3.0, -1.0])
results = {}
for name, make in [("sgd", lambda p: torch.optim.SGD(p, lr=0.1)),
                   ("momentum", lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9)),
                   ("adagrad", lambda p: torch.optim.Adagrad(p, lr=0.5)),
                   ("adadelta", lambda p: torch.optim.Adadelta(p, lr=1.0)),
                   ("adam", lambda p: torch.optim.Adam(p, lr=0.3))]:
    w = torch.zeros(2, requires_grad=True)
    opt = make([w])
    for _ in range(10):
        opt.zero_grad()
        loss = ((w - target) ** 2 * torch.tensor([1.0, 10.0])).sum()
        loss.backward()
        opt.step()
    results[name] = (loss.item(), w.detach().tolist())
for k, v in results.items():
    print(k, v)
print(opt.state[w]['exp_avg_sq'])
