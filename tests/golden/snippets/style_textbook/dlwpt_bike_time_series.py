# Time series: hourly rows reshaped into days, transposed to (N, C, L), a weather one-hot and rescaling.
import torch

torch.manual_seed(0)
bikes = torch.cat([torch.arange(48.0).unsqueeze(1), torch.randint(1, 5, (48, 1)).float(), torch.rand(48, 2)], dim=1)
print(bikes.shape, bikes.stride())
daily_bikes = bikes.view(-1, 24, bikes.shape[1])
print(daily_bikes.shape, daily_bikes.stride())
daily_bikes = daily_bikes.transpose(1, 2)
print(daily_bikes.shape, daily_bikes.stride())
first_day = bikes[:24].long()
weather_onehot = torch.zeros(first_day.shape[0], 4)
print(first_day[:, 1][:6])
weather_onehot.scatter_(dim=1, index=first_day[:, 1].unsqueeze(1).long() - 1, value=1.0)
print(weather_onehot[:4])
print(torch.cat((bikes[:24], weather_onehot), 1)[:1])
temp = daily_bikes[:, 2, :]
temp_min, temp_max = torch.min(temp), torch.max(temp)
daily_bikes[:, 2, :] = (daily_bikes[:, 2, :] - temp_min) / (temp_max - temp_min)
print(daily_bikes[:, 2, :].min(), daily_bikes[:, 2, :].max())
