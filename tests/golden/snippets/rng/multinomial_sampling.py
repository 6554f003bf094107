import torch

torch.manual_seed(0)
p = torch.tensor([0.2, 0.3, 0.5])
print(torch.multinomial(p, 1), torch.multinomial(p, 5, replacement=True), torch.multinomial(p, 3))
w = torch.rand(4, 27)
print(torch.multinomial(w, 2), torch.multinomial(w, 10, replacement=True))
print(p.multinomial(2), torch.multinomial(torch.tensor([0., 1., 0., 2.]), 4))
for bad in (lambda: torch.multinomial(p, 4), lambda: torch.multinomial(torch.tensor([1, 2]), 1),
            lambda: torch.multinomial(torch.tensor([-1., 2.]), 1), lambda: torch.multinomial(torch.tensor([0., 0.]), 1)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
