# Reporting CV scores as mean ± std with a tensor of fold scores
import torch

fold_auc = torch.tensor([0.8123, 0.7954, 0.8301, 0.8012, 0.8177])
print(f"AUC: {fold_auc.mean():.4f} ± {fold_auc.std():.4f}")
print(f"min {fold_auc.min():.4f} max {fold_auc.max():.4f}")
print(fold_auc.std(unbiased=False), fold_auc.std(correction=0))
print(torch.std_mean(fold_auc))
print(torch.var_mean(fold_auc, correction=0))
