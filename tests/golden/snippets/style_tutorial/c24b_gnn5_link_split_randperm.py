# splitting edges into train/val/test with randperm on the undirected half
import torch

torch.manual_seed(132)
ei = torch.tensor([[0, 0, 1, 1, 2, 3, 3, 4], [1, 2, 2, 3, 4, 4, 5, 5]])
perm = torch.randperm(ei.size(1))
n_val, n_test = 1, 2
val = ei[:, perm[:n_val]]
test = ei[:, perm[n_val:n_val + n_test]]
train = ei[:, perm[n_val + n_test:]]
print(val, test, train, sep="\n")
train_und = torch.cat([train, train.flip(0)], dim=1)
print(train_und.shape)
