# z-score normalisation fitted on the training split, then inverted
import torch

series = torch.tensor([10.0, 12.0, 11.0, 15.0, 14.0, 18.0, 20.0, 19.0])
train, test = series[:6], series[6:]
mean, std = train.mean(), train.std()
print(mean, std)
norm_train = (train - mean) / std
norm_test = (test - mean) / std
print(norm_train)
print(norm_test)
back = norm_test * std + mean
print(back)
print(torch.allclose(back, test))
print(train.std(correction=0), torch.std_mean(train))
