import torch

x = torch.tensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])
values = torch.empty(0)
indices = torch.empty(0, dtype=torch.long)

r = torch.sort(x, descending=True, out=(values, indices))
print(r)
print(r.values is values, values, indices)
print(torch.max(x, 1, out=(values, indices)))
print(torch.topk(x, 2, out=[values, indices]))
print(torch.cummax(x, 1, out=(values, indices)).indices)

for name, call in [("sort", lambda o: torch.sort(x, out=o)), ("kthvalue", lambda o: torch.kthvalue(x, 1, out=o)),
                   ("mode", lambda o: torch.mode(x, out=o)), ("median", lambda o: torch.median(x, 1, out=o))]:
    for out in [(torch.empty(0, dtype=torch.long), indices), (values, torch.empty(0, dtype=torch.int32)),
                torch.empty(0), (values, indices, values)]:
        try:
            call(out)
        except (RuntimeError, TypeError) as e:
            print(name, type(e).__name__, e)

torch.kthvalue(x, 1, out=(torch.zeros(5), torch.zeros(5, dtype=torch.long)))
torch.mode(x, out=(torch.zeros(5), torch.zeros(5, dtype=torch.long)))
w = torch.ones(3, requires_grad=True)
torch.sort(w, out=(torch.empty(0), torch.empty(0, dtype=torch.long)))
