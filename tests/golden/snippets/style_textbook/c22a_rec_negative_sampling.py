import torch

torch.manual_seed(4)
n_items = 10
user_pos = {0: {1, 4}, 1: {2, 3, 9}}
negs = {}
for u, pos in user_pos.items():
    out = []
    while len(out) < 3:
        j = int(torch.randint(n_items, (1,)))
        if j not in pos:
            out.append(j)
    negs[u] = out
print(negs)
batch_neg = torch.randint(0, n_items, (2, 4))
print(batch_neg)
