import torch

torch.manual_seed(61)
td_errors = torch.tensor([0.5, 2.0, 0.1, 1.0, 0.0])
alpha, beta = 0.6, 0.4
prios = (td_errors.abs() + 1e-5) ** alpha
probs = prios / prios.sum()
print(probs)
idx = torch.multinomial(probs, 3, replacement=True)
print(idx)
w = (len(td_errors) * probs[idx]) ** (-beta)
w = w / w.max()
print(w)
