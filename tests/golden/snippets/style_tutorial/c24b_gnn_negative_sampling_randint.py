# link prediction: negative edges sampled and filtered against positives
import torch

torch.manual_seed(9)
n = 5
pos = torch.tensor([[0, 1, 2, 3], [1, 2, 3, 4]])
neg = torch.randint(0, n, (2, 8))
print(neg)
pos_id = pos[0] * n + pos[1]
neg_id = neg[0] * n + neg[1]
is_pos = torch.isin(neg_id, pos_id)
is_loop = neg[0] == neg[1]
print(is_pos, is_loop)
neg = neg[:, ~(is_pos | is_loop)]
print(neg)
