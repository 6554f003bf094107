# Bin confidences for a reliability diagram with torch.bucketize and bincount
import torch

conf = torch.tensor([0.15, 0.35, 0.36, 0.55, 0.61, 0.9, 0.95, 0.99])
hit = torch.tensor([0., 0., 1., 1., 0., 1., 1., 1.])
boundaries = torch.tensor([0.2, 0.4, 0.6, 0.8])
bins = torch.bucketize(conf, boundaries)
print(bins)
counts = torch.bincount(bins, minlength=5)
acc = torch.bincount(bins, weights=hit, minlength=5) / counts.clamp(min=1)
avg_conf = torch.bincount(bins, weights=conf, minlength=5) / counts.clamp(min=1)
print(counts)
print(acc)
print(avg_conf)
