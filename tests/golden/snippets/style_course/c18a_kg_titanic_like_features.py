# A Titanic-like table built in code: sex/class one-hot, age imputed, fare log-scaled
import torch
import torch.nn.functional as F

sex = torch.tensor([0, 1, 1, 0, 1, 0])
pclass = torch.tensor([3, 1, 2, 3, 1, 2]) - 1
age = torch.tensor([22.0, 38.0, float("nan"), 35.0, float("nan"), 54.0])
fare = torch.tensor([7.25, 71.28, 13.0, 8.05, 53.1, 51.86])
age = torch.where(torch.isnan(age), age.nanmedian(), age)
X = torch.cat([sex.float().unsqueeze(1), F.one_hot(pclass, 3).float(),
               ((age - age.mean()) / age.std()).unsqueeze(1), torch.log1p(fare).unsqueeze(1)], dim=1)
print(age)
print(X.shape)
print(X.round(decimals=3))
