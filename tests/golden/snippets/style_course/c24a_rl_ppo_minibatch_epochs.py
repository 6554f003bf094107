# PPO-style epochs over shuffled minibatch indices
import torch

torch.manual_seed(13)
N, mb = 10, 4
data = torch.arange(N) * 10
for epoch in range(2):
    perm = torch.randperm(N)
    print('epoch', epoch, perm.tolist())
    for start in range(0, N, mb):
        idx = perm[start:start + mb]
        print('  ', data[idx].tolist(), idx.shape)
print(torch.randperm(4, dtype=torch.float32))
