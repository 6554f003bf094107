# Exercise: bucket exam scores into grades and count them
import torch

torch.manual_seed(0)
scores = torch.randint(30, 101, (20,))
edges = torch.tensor([50, 60, 70, 80, 90])
grades = torch.bucketize(scores, edges, right=True)
print(scores)
print(grades)
print(torch.bincount(grades, minlength=6))
print(torch.histc(scores.float(), bins=7, min=30, max=100))
