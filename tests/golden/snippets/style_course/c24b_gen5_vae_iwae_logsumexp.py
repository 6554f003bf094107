# IWAE-style bound per example: logsumexp of K log-weights minus log K, vs their mean
import math
import torch

log_weights = torch.tensor([[-3.0, -2.5, -4.0, -2.0], [-1.0, -1.5, -0.5, -2.0]])
num_samples = log_weights.shape[-1]
bound = log_weights.logsumexp(-1) - math.log(num_samples)
plain = log_weights.mean(-1)
print(bound, plain, sep="\n")
print(torch.ge(bound, plain))
