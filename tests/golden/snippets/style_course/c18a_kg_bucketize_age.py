# Binning a numeric feature into age groups with bucketize
import torch

ages = torch.tensor([3, 17, 18, 25, 40, 64, 65, 90])
edges = torch.tensor([18, 30, 50, 65])
groups = torch.bucketize(ages, edges)
print(groups)
print(torch.bucketize(ages, edges, right=True))
names = ["child", "young", "adult", "middle", "senior"]
print([names[g] for g in groups.tolist()])
print(torch.bincount(groups, minlength=5))
